using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Storage;

/// <summary>
/// A bot on its own storage, with rows put in by hand the way deployed bots hold them: each typed out exactly as its
/// store writes it, property by property, to be read (and written back) through the store. <see cref="Shape"/> is
/// what must not change between the row typed out and the row the store writes.
/// </summary>
public sealed class StoredRows : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public StoredRows() => Bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(Time));

    public FakeTimeProvider Time { get; } = new(Now);

    public ConversationHarness Bot { get; }

    public T Get<T>()
        where T : notnull => Bot.Services.GetRequiredService<T>();

    public async Task PutAsync(string table, TableRow row) =>
        await (await TableAsync(table)).AddAsync(row, CancellationToken.None);

    /// <returns>The row as stored, or null when there is none.</returns>
    public async Task<TableRow?> FindAsync(string table, string partitionKey, string rowKey) =>
        await (await TableAsync(table)).GetAsync(partitionKey, rowKey, CancellationToken.None);

    public async Task<TableRow> ReadAsync(string table, string partitionKey, string rowKey) =>
        await FindAsync(table, partitionKey, rowKey) ?? throw new InvalidOperationException($"No row {partitionKey}/{rowKey} in {table}.");

    /// <summary>Each stored column as <c>name:type</c>, in name order; a null is left out, as both backends store it.</summary>
    public static IReadOnlyList<string> Shape(TableRow row) =>
        [.. row.Properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value!.GetType().Name}")];

    public ValueTask DisposeAsync() => Bot.DisposeAsync();

    private Task<ITable> TableAsync(string table) => Get<ITableStore>().GetTableAsync(table, CancellationToken.None);
}
