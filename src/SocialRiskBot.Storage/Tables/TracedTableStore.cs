namespace SocialRiskBot.Storage.Tables;

/// <summary>Wraps a table store so that each table operation is a span (free when nobody listens).</summary>
public sealed class TracedTableStore(ITableStore inner, string system) : ITableStore
{
    /// <summary>The store whose operations are traced.</summary>
    public ITableStore Inner => inner;

    public async Task<ITable> GetTableAsync(string name, CancellationToken cancellationToken) =>
        new TracedTable(await inner.GetTableAsync(name, cancellationToken).ConfigureAwait(false), system);

    public Task CheckAvailableAsync(CancellationToken cancellationToken) => inner.CheckAvailableAsync(cancellationToken);
}
