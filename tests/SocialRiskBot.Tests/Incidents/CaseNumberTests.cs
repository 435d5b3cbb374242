using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Incidents;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData(2026, 1, "SMR-2026-0001")]
    [InlineData(2026, 42, "SMR-2026-0042")]
    [InlineData(2026, 9999, "SMR-2026-9999")]
    [InlineData(2026, 10000, "SMR-2026-10000")]
    [InlineData(2031, 123456, "SMR-2031-123456")]
    public void A_case_number_has_the_year_and_at_least_four_digits_and_reads_back_the_same(int year, int sequence, string text)
    {
        var number = new CaseNumber(year, sequence);

        Assert.Equal(text, number.ToString());
        Assert.True(CaseNumber.TryParse(text, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SMR-2026-42")]
    [InlineData("SMR-2026-00042")]
    [InlineData("SMR-2026-0000")]
    [InlineData("smr-2026-0042")]
    [InlineData(" SMR-2026-0042")]
    [InlineData("SMR-2026-0042 ")]
    [InlineData("SMR-26-0042")]
    [InlineData("SMR-2026-٠٠٤٢")]
    [InlineData("SMR-2026-99999999999")]
    [InlineData("SMR-2026-0042\n")]
    public void Anything_we_would_not_have_issued_is_not_a_case_number(string? text)
    {
        Assert.False(CaseNumber.TryParse(text, out _));
    }
}
