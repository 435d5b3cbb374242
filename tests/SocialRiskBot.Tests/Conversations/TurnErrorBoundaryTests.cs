using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

public sealed class TurnErrorBoundaryTests : IAsyncLifetime
{
    private readonly ConversationHarness _bot = new(services => services.AddSingleton<ITableStore, UnreachableStore>());

    [Fact]
    public async Task When_storage_is_down_the_user_gets_a_short_apology_with_a_reference_to_quote()
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("help")));

        Assert.StartsWith(BotTurnHandler.Apology, reply.Text, StringComparison.Ordinal);
        Assert.Matches(@"\(Reference: [0-9A-F]{8}\)$", reply.Text);
    }

    [Fact]
    public async Task An_event_nobody_waits_for_fails_quietly()
    {
        Assert.Empty(await _bot.SendAsync(_bot.PersonalInstall()));
    }

    [Fact]
    public async Task A_dialog_asked_for_while_storage_is_down_shows_the_apology_instead_of_failing()
    {
        var invoke = _bot.ChannelMessage(string.Empty);
        invoke.Type = SocialRiskBot.BotFramework.Schema.ActivityTypes.Invoke;
        invoke.Name = EvidenceDialog.InvokeName;
        invoke.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { data = new { command = "case.evidence", @case = "SMR-2026-0001" } });

        var answer = await _bot.InvokeAsync(invoke);

        Assert.Equal(200, answer!.Status);
        var task = answer.Body!.Value.GetProperty("task");
        Assert.Equal("message", task.GetProperty("type").GetString());
        Assert.StartsWith(BotTurnHandler.Apology, task.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    private sealed class UnreachableStore : ITableStore
    {
        public Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken) =>
            throw new StorageException(StorageFailure.Unavailable, "storage is down");

        public Task CheckAvailableAsync(CancellationToken cancellationToken) =>
            throw new StorageException(StorageFailure.Unavailable, "storage is down");
    }
}
