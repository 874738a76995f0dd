using System.Text;

namespace Reelwright.Api.Sweeps.Templates;

/// <summary>
/// Splits a template into literal text, <c>{{name}}</c> placeholders and <c>{a|b}</c> groups. A broken placeholder or
/// group is reported and skipped so that one parse lists them all; unbalanced or nested braces end the parse, because
/// what follows them cannot be read reliably.
/// </summary>
internal static class TemplateParser
{
    public static TemplateParse Parse(string template)
    {
        if (string.IsNullOrWhiteSpace(template))
            return new TemplateParse(null, [TemplateProblem.InTemplate("The template is empty; write a prompt, such as \"a {{colour}} circle on a {black|white} background\".")]);

        var segments = new List<TemplateSegment>();
        var problems = new List<TemplateProblem>();
        var literal = new StringBuilder();
        var position = 0;
        while (position < template.Length)
        {
            var c = template[position];
            if (c == '}')
            {
                problems.Add(TemplateProblem.InTemplate($"The '}}' at character {position + 1} closes nothing; remove it or add the '{{' it belongs to."));
                break;
            }
            if (c != '{')
            {
                literal.Append(c);
                position++;
                continue;
            }

            var isPlaceholder = position + 1 < template.Length && template[position + 1] == '{';
            var opener = isPlaceholder ? "{{" : "{";
            var closer = isPlaceholder ? "}}" : "}";
            var contentStart = position + opener.Length;
            var close = template.IndexOf(closer, contentStart, StringComparison.Ordinal);
            if (close < 0)
            {
                problems.Add(TemplateProblem.InTemplate($"The '{opener}' at character {position + 1} is never closed; add '{closer}'."));
                break;
            }
            var content = template[contentStart..close];
            if (content.IndexOfAny(['{', '}']) >= 0)
            {
                problems.Add(TemplateProblem.InTemplate(
                    $"\"{opener}{content}{closer}\" at character {position + 1} has braces inside braces; placeholders and alternatives cannot be nested."));
                break;
            }

            if (literal.Length > 0)
                segments.Add(new LiteralText(literal.ToString()));
            literal.Clear();
            TemplateSegment? segment = isPlaceholder
                ? Placeholder(content, position, problems)
                : Group(content, position, segments.OfType<AlternativeGroup>().Count() + 1, problems);
            if (segment is not null)
                segments.Add(segment);
            position = close + closer.Length;
        }
        if (literal.Length > 0)
            segments.Add(new LiteralText(literal.ToString()));

        return problems.Count == 0 ? new TemplateParse(new ParsedTemplate(segments), []) : new TemplateParse(null, problems);
    }

    private static VariablePlaceholder? Placeholder(string content, int position, List<TemplateProblem> problems)
    {
        var name = content.Trim();
        if (name.Length == 0)
            problems.Add(TemplateProblem.InTemplate($"The '{{{{}}}}' at character {position + 1} has no variable name; write one, such as {{{{colour}}}}."));
        else if (!IsVariableName(name))
            problems.Add(TemplateProblem.InTemplate(
                $"\"{{{{{content}}}}}\" at character {position + 1} is not a variable name; names use only letters, digits, '_' and '-'."));
        else
            return new VariablePlaceholder(name);
        return null;
    }

    // Options are taken literally, spaces included, so "{|very }large" gives "large" and "very large".
    private static AlternativeGroup? Group(string content, int position, int groupNumber, List<TemplateProblem> problems)
    {
        if (content.Contains('|'))
            return new AlternativeGroup($"alt{groupNumber}", content.Split('|'));

        var name = IsVariableName(content.Trim()) ? content.Trim() : "name";
        problems.Add(TemplateProblem.InTemplate(
            $"\"{{{content}}}\" at character {position + 1} is neither a variable nor alternatives; use {{{{{name}}}}} for a variable or {{a|b}} for alternatives."));
        return null;
    }

    public static bool IsVariableName(string name) =>
        name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-');
}
