using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Harness;

/// <summary>
/// Counts the storage round trips the bot makes: every read, write, batch and query of any table (opening a table
/// is not one). Put it in front of the bot's own store with <see cref="Install"/>.
/// </summary>
public sealed class CountingTableStore(ITableStore inner) : ITableStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Wraps the <see cref="ITableStore"/> the application registered; returns the counter to read.</summary>
    public static Func<CountingTableStore> Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ITableStore));
        services.Remove(registered);
        CountingTableStore? counting = null;
        services.AddSingleton<ITableStore>(sp => counting = new CountingTableStore(
            registered.ImplementationFactory is { } factory ? (ITableStore)factory(sp) : (ITableStore)(registered.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        return () => counting ?? throw new InvalidOperationException("The bot has not opened its storage yet.");
    }

    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken) =>
        new CountingTable(await inner.GetTableAsync(name, cancellationToken).ConfigureAwait(false), this);

    public Task CheckAvailableAsync(CancellationToken cancellationToken) => inner.CheckAvailableAsync(cancellationToken);

    private void Count() => Interlocked.Increment(ref _calls);

    private sealed class CountingTable(ITable inner, CountingTableStore counter) : ITable
    {
        public string Name => inner.Name;

        public Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
            Counted(inner.GetAsync(partitionKey, rowKey, cancellationToken));

        public Task<string> AddAsync(TableRow row, CancellationToken cancellationToken) => Counted(inner.AddAsync(row, cancellationToken));

        public Task<string> UpdateAsync(TableRow row, CancellationToken cancellationToken) => Counted(inner.UpdateAsync(row, cancellationToken));

        public Task<string> UpsertAsync(TableRow row, CancellationToken cancellationToken) => Counted(inner.UpsertAsync(row, cancellationToken));

        public Task DeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
        {
            counter.Count();
            return inner.DeleteAsync(partitionKey, rowKey, etag, cancellationToken);
        }

        public Task<IReadOnlyList<string?>> SubmitBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken) =>
            Counted(inner.SubmitBatchAsync(operations, cancellationToken));

        public async IAsyncEnumerable<TableRow> QueryAsync(string partitionKey, string? fromRowKey, string? toRowKey, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            counter.Count();
            await foreach (var row in inner.QueryAsync(partitionKey, fromRowKey, toRowKey, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }

        private Task<T> Counted<T>(Task<T> call)
        {
            counter.Count();
            return call;
        }
    }
}
