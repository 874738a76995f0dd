using System.Text;

namespace Reelwright.Api.Sweeps.Templates;

/// <summary>Walks the cartesian product of the axes like an odometer, the last axis turning fastest.</summary>
internal static class SweepExpander
{
    public static IReadOnlyList<ExpandedPrompt> Expand(ParsedTemplate template, IReadOnlyList<SweepAxis> axes, int count)
    {
        var prompts = new List<ExpandedPrompt>(count);
        var choice = new int[axes.Count];
        for (var n = 0; n < count; n++)
        {
            prompts.Add(Render(template, axes, choice));
            Advance(choice, axes);
        }
        return prompts;
    }

    private static ExpandedPrompt Render(ParsedTemplate template, IReadOnlyList<SweepAxis> axes, int[] choice)
    {
        var values = new OrderedDictionary<string, string>(axes.Count, StringComparer.Ordinal);
        for (var a = 0; a < axes.Count; a++)
            values.Add(axes[a].Name, axes[a].Values[choice[a]]);

        var text = new StringBuilder();
        foreach (var segment in template.Segments)
        {
            text.Append(segment switch
            {
                LiteralText literal => literal.Text,
                VariablePlaceholder variable => values[variable.Name],
                AlternativeGroup group => values[group.Name],
                _ => throw new InvalidOperationException($"Unknown template segment {segment.GetType().Name}."),
            });
        }
        return new ExpandedPrompt(text.ToString(), values);
    }

    private static void Advance(int[] choice, IReadOnlyList<SweepAxis> axes)
    {
        for (var a = axes.Count - 1; a >= 0; a--)
        {
            if (++choice[a] < axes[a].Values.Count)
                return;
            choice[a] = 0;
        }
    }
}
