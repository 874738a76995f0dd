namespace Reelwright.Web.Components.Prompts;

/// <summary>
/// Who did something, by name where the page knows the person (a member of the prompt's team), else by the start
/// of their id, so two people still read as two.
/// </summary>
public sealed class PersonNames(IReadOnlyDictionary<Guid, string> names)
{
    public static PersonNames None { get; } = new(new Dictionary<Guid, string>());

    public string Of(Guid userId) => names.TryGetValue(userId, out var name) ? name : $"user {userId.ToString()[..8]}";
}
