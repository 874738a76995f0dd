using Reelwright.Contracts;

namespace Reelwright.Api.Outbox;

/// <summary>
/// The messages the API may put in its outbox, by stable name. A name is stored in the database, so it must
/// survive renames of the CLR type: map it here rather than storing Type.FullName.
/// </summary>
public static class OutboxMessageTypes
{
    private static readonly Dictionary<string, Type> ByName = new()
    {
        ["generate-clip"] = typeof(GenerateClip),
    };

    private static readonly Dictionary<Type, string> ByType = ByName.ToDictionary(pair => pair.Value, pair => pair.Key);

    public static string NameOf(Type messageType) =>
        ByType.TryGetValue(messageType, out var name)
            ? name
            : throw new InvalidOperationException($"{messageType.Name} is not registered as an outbox message type.");

    public static Type TypeOf(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Outbox message type '{name}' is unknown to this version of the API.");
}
