using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Conversations;

/// <summary>Runs a typed command that takes no argument.</summary>
public delegate Task CommandHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>Runs a typed command with its argument, read once by its route into <typeparamref name="TArgument"/>.</summary>
public delegate Task CommandHandler<in TArgument>(TurnContext turn, TArgument argument, CancellationToken cancellationToken);

/// <summary>Runs one card action (a button's full name, such as <c>report.submit</c>) with the values its card submitted.</summary>
public delegate Task CardActionHandler(TurnContext turn, JsonElement form, CancellationToken cancellationToken);

/// <summary>Answers an invoke (<c>task/fetch</c>) by setting the turn's <see cref="TurnContext.InvokeResponse"/>.</summary>
public delegate Task InvokeHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>The answer to an invoke whose turn failed, showing <paramref name="apology"/> where the person looks.</summary>
public delegate InvokeResponse InvokeFailedHandler(string apology);

/// <summary>Takes the files a message carries, before any command is read.</summary>
/// <returns>False when the message carries no files (it is something else).</returns>
public delegate Task<bool> AttachmentsHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>Offers text that names no command to a flow waiting for typed text.</summary>
/// <returns>False when no such flow is open (the text is a question).</returns>
public delegate Task<bool> OpenFlowHandler(TurnContext turn, FreeText text, CancellationToken cancellationToken);

/// <summary>Answers text that names no command and that no open flow took: a question.</summary>
public delegate Task QuestionHandler(TurnContext turn, FreeText text, CancellationToken cancellationToken);

/// <summary>What follows a command's word, before the command's parser turns it into its typed argument.</summary>
/// <param name="Argument">The rest of the text, spaces and a closing "!" or "." trimmed; from a card, its <c>question</c> value.</param>
/// <param name="Typed">The rest exactly as typed, its punctuation kept; null when a card sent the command.</param>
public sealed record CommandText(string Argument, string? Typed);

/// <summary>A message that names no command.</summary>
/// <param name="Text">The text with spaces and a closing "!" or "." trimmed; from a card, its <c>question</c> value.</param>
/// <param name="AsTyped">The text exactly as typed, only the spaces around it trimmed.</param>
public sealed record FreeText(string Text, string AsTyped);
