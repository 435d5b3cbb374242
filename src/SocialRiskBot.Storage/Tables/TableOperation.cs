namespace SocialRiskBot.Storage.Tables;

public enum TableOperationKind
{
    Add,
    Update,
    Upsert,
    Delete,
}

/// <summary>One step of a batch; semantics as the single-row methods of <see cref="ITable"/>.</summary>
public sealed record TableOperation(TableOperationKind Kind, TableRow Row)
{
    public static TableOperation Add(TableRow row) => new(TableOperationKind.Add, row);

    public static TableOperation Update(TableRow row) => new(TableOperationKind.Update, row);

    public static TableOperation Upsert(TableRow row) => new(TableOperationKind.Upsert, row);

    public static TableOperation Delete(TableRow row) => new(TableOperationKind.Delete, row);
}
