namespace Reelwright.Web.Studio;

/// <summary>
/// The sweep form's variable sets, one line per variable: <c>colour = red | blue | green</c>. Values are trimmed;
/// a blank one is kept, so that the API says which value of which variable is blank.
/// </summary>
public static class SweepVariables
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string text, out string? error)
    {
        error = null;
        var variables = new Dictionary<string, IReadOnlyList<string>>();
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var equals = lines[i].IndexOf('=');
            var name = equals < 0 ? "" : lines[i][..equals].Trim();
            if (name.Length == 0)
            {
                error = $"Line {i + 1} (\"{lines[i]}\") needs a name, '=' and values, such as: colour = red | blue.";
                return variables;
            }
            if (variables.ContainsKey(name))
            {
                error = $"Variable '{name}' is on more than one line; give all its values on one.";
                return variables;
            }
            variables[name] = lines[i][(equals + 1)..].Split('|', StringSplitOptions.TrimEntries);
        }
        return variables;
    }
}
