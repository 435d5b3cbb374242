using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialRiskBot.Storage.Blobs;
using SocialRiskBot.Storage.Blobs.AzureBlobs;
using SocialRiskBot.Storage.Blobs.FileSystem;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Storage.Tables.AzureTables;
using SocialRiskBot.Storage.Tables.Sqlite;

namespace SocialRiskBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITableStore"/> and <see cref="IBlobStore"/> as singletons, backed by the providers
    /// that the <c>Storage</c> configuration section chooses (SQLite and the file system by default).
    /// Nothing is opened until first use.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(sp => StorageCredential.From(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<ITableStore>(sp => new TracedTableStore(CreateTableStore(sp), sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            TableStorageProvider.AzureTables => "azure.tables",
            _ => "sqlite",
        }));
        services.TryAddSingleton<IBlobStore>(CreateBlobStore);
        return services;
    }

    private static ITableStore CreateTableStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider switch
        {
            TableStorageProvider.AzureTables => options.AzureTables.Endpoint is { } endpoint
                ? new AzureTableStore(endpoint, services.GetRequiredService<StorageCredential>().Value)
                : new AzureTableStore(options.AzureTables.ConnectionString!),
            _ => new SqliteTableStore(FromContentRoot(services, options.Sqlite.Path), services.GetService<TimeProvider>()),
        };
    }

    private static IBlobStore CreateBlobStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value.Blobs;
        return options.Provider switch
        {
            BlobStorageProvider.AzureBlobs => options.Endpoint is { } endpoint
                ? new AzureBlobStore(endpoint, services.GetRequiredService<StorageCredential>().Value)
                : new AzureBlobStore(options.ConnectionString!),
            _ => new FileSystemBlobStore(FromContentRoot(services, options.Root)),
        };
    }

    // Relative to the content root rather than the working directory, so `dotnet run` from anywhere finds the same data.
    private static string FromContentRoot(IServiceProvider services, string path) =>
        Path.IsPathRooted(path)
            ? path
            : Path.GetFullPath(Path.Combine(services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(), path));
}
