using Azure.Data.Tables;

namespace SocialRiskBot.Storage.Tables.AzureTables;

/// <summary>
/// One entity-group transaction. Azure fails a whole transaction when it deletes a row that is already gone,
/// while our contract says such a delete is a no-op; so that delete is dropped and the rest resubmitted, which
/// is still atomic: the resubmission either applies entirely or not at all.
/// </summary>
internal sealed class AzureBatch(TableClient client, IReadOnlyList<TableOperation> operations)
{
    public async Task<IReadOnlyList<string?>> SubmitAsync(CancellationToken cancellationToken)
    {
        var etags = new string?[operations.Count];
        var pending = Enumerable.Range(0, operations.Count).ToList();
        while (pending.Count > 0)
        {
            try
            {
                var response = await client.SubmitTransactionAsync(pending.Select(i => ToAction(operations[i])), cancellationToken)
                    .ConfigureAwait(false);
                for (var i = 0; i < pending.Count; i++)
                {
                    etags[pending[i]] = operations[pending[i]].Kind == TableOperationKind.Delete ? null : response.Value[i].Headers.ETag?.ToString();
                }

                return etags;
            }
            catch (TableTransactionFailedException e) when (IsMissingDelete(e, pending))
            {
                pending.RemoveAt(e.FailedTransactionActionIndex!.Value);
            }
            catch (TableTransactionFailedException e)
            {
                var index = e.FailedTransactionActionIndex is { } at && at < pending.Count ? pending[at] : (int?)null;
                throw new StorageException(AzureFailures.FromStatus(e.Status), Describe(e, index), e) { FailedOperationIndex = index };
            }
            catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
            {
                throw failure;
            }
        }

        return etags;
    }

    private static string Describe(TableTransactionFailedException e, int? index)
    {
        var what = AzureFailures.FromStatus(e.Status) switch
        {
            StorageFailure.Conflict => "the row already exists",
            StorageFailure.PreconditionFailed => "the row was changed since it was read (ETag mismatch)",
            StorageFailure.NotFound => "the row does not exist",
            _ => e.Message.Split('\n', 2)[0].Trim(),
        };
        return index is null ? $"Batch failed: {what}." : $"Batch operation {index}: {what}.";
    }

    private bool IsMissingDelete(TableTransactionFailedException e, List<int> pending) =>
        e.Status == 404 && e.FailedTransactionActionIndex is { } at && at < pending.Count
        && operations[pending[at]].Kind == TableOperationKind.Delete;

    private static TableTransactionAction ToAction(TableOperation operation)
    {
        var entity = AzureEntityMapping.ToEntity(operation.Row);
        return operation.Kind switch
        {
            TableOperationKind.Add => new(TableTransactionActionType.Add, entity),
            TableOperationKind.Update => new(TableTransactionActionType.UpdateReplace, entity, AzureEntityMapping.ToETag(TableRules.RequireETag(operation.Row))),
            TableOperationKind.Upsert => new(TableTransactionActionType.UpsertReplace, entity),
            TableOperationKind.Delete => new(TableTransactionActionType.Delete, entity, AzureEntityMapping.ToETag(operation.Row.ETag)),
            _ => throw TableRules.Invalid($"Unknown operation kind {operation.Kind}."),
        };
    }
}
