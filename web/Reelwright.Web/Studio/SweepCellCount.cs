using System.Text.RegularExpressions;

namespace Reelwright.Web.Studio;

/// <summary>
/// How many prompts a template expands to, counted as the API counts them while the user types: each distinct
/// <c>{{name}}</c> varies over its variable's values, each <c>{a|b}</c> group over its options. The API has the last
/// word (and says what is wrong); this only counts, and gives up (null) on a template it would refuse to parse.
/// </summary>
public static partial class SweepCellCount
{
    public static long? PromptsOf(string template, IReadOnlyDictionary<string, IReadOnlyList<string>> variables)
    {
        if (string.IsNullOrWhiteSpace(template))
            return null;
        long count = 1;
        var seen = new HashSet<string>();
        foreach (Match token in Token().Matches(template))
        {
            if (token.Groups["variable"].Success)
            {
                var name = token.Groups["variable"].Value.Trim();
                if (seen.Add(name))
                    count = checked(count * (variables.TryGetValue(name, out var values) ? values.Count : 0));
            }
            else if (token.Groups["options"].Value is var options && options.Contains('|'))
                count = checked(count * options.Split('|').Length);
            else
                return null; // "{word}": neither a variable nor alternatives
        }
        // A brace left over once every placeholder and group is taken out is unbalanced or nested.
        return Token().Replace(template, "").IndexOfAny(['{', '}']) >= 0 ? null : count;
    }

    [GeneratedRegex(@"\{\{(?<variable>[^{}]*)\}\}|\{(?<options>[^{}]*)\}")]
    private static partial Regex Token();
}
