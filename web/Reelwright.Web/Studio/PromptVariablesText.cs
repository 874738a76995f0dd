namespace Reelwright.Web.Studio;

/// <summary>
/// A version's variables as a person writes them, one per line: <c>colour = red | blue</c>. Reading keeps the lines'
/// order; the API checks names and values, this only refuses a line it cannot split.
/// </summary>
public static class PromptVariablesText
{
    public static string Write(IReadOnlyDictionary<string, IReadOnlyList<string>> variables) =>
        string.Join("\n", variables.Select(v => $"{v.Key} = {string.Join(" | ", v.Value)}"));

    /// <summary>The variables written in <paramref name="text"/>, or why a line cannot be read.</summary>
    public static (IReadOnlyDictionary<string, IReadOnlyList<string>> Variables, string? Error) Read(string text)
    {
        var variables = new Dictionary<string, IReadOnlyList<string>>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
                continue;
            var equals = line.IndexOf('=');
            if (equals <= 0)
                return (variables, $"Line {index + 1}: write a variable as name = value | value.");
            var name = line[..equals].Trim();
            if (variables.ContainsKey(name))
                return (variables, $"Line {index + 1}: {name} is already set above.");
            variables[name] = [.. line[(equals + 1)..].Split('|').Select(v => v.Trim())];
        }
        return (variables, null);
    }
}
