using System.Text;

namespace Reelwright.Api.Prompts.Diff;

/// <summary>
/// A word-level diff between two versions of a prompt, from a longest common subsequence of their tokens.
/// Joining the Same and Deleted pieces gives <c>before</c>; joining the Same and Inserted pieces gives <c>after</c>.
/// </summary>
public static class WordDiff
{
    // Past this many table cells (4,000 × 4,000 tokens, 32 MB of ushort) the changed middle is shown as
    // wholly deleted then wholly inserted rather than aligned. Prompts are far below it.
    private const long MaxTableCells = 4_000L * 4_000L;

    public static IReadOnlyList<DiffPiece> Between(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var beforeTokens = PromptTokens.Of(before);
        var afterTokens = PromptTokens.Of(after);
        var pieces = new PieceWriter();

        var prefix = 0;
        while (prefix < beforeTokens.Count && prefix < afterTokens.Count
               && string.Equals(beforeTokens[prefix], afterTokens[prefix], StringComparison.Ordinal))
        {
            pieces.Add(DiffKind.Same, beforeTokens[prefix]);
            prefix++;
        }

        var suffix = 0;
        while (suffix < beforeTokens.Count - prefix && suffix < afterTokens.Count - prefix
               && string.Equals(beforeTokens[^(suffix + 1)], afterTokens[^(suffix + 1)], StringComparison.Ordinal))
        {
            suffix++;
        }

        var beforeMiddle = beforeTokens.GetRange(prefix, beforeTokens.Count - prefix - suffix);
        var afterMiddle = afterTokens.GetRange(prefix, afterTokens.Count - prefix - suffix);
        if ((long)(beforeMiddle.Count + 1) * (afterMiddle.Count + 1) > MaxTableCells)
        {
            beforeMiddle.ForEach(token => pieces.Add(DiffKind.Deleted, token));
            afterMiddle.ForEach(token => pieces.Add(DiffKind.Inserted, token));
        }
        else
        {
            Align(beforeMiddle, afterMiddle, pieces);
        }

        for (var index = afterTokens.Count - suffix; index < afterTokens.Count; index++)
        {
            pieces.Add(DiffKind.Same, afterTokens[index]);
        }
        return pieces.Finish();
    }

    private static void Align(List<string> before, List<string> after, PieceWriter pieces)
    {
        var (beforeIds, afterIds) = Intern(before, after);
        var n = beforeIds.Length;
        var m = afterIds.Length;
        var width = m + 1;

        // common[i * width + j] is the length of the longest common subsequence of before[i..] and after[j..].
        // It never exceeds min(n, m), which the size guard keeps below ushort's range.
        var common = new ushort[(n + 1) * width];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i * width + j] = beforeIds[i] == afterIds[j]
                    ? (ushort)(common[(i + 1) * width + j + 1] + 1)
                    : Math.Max(common[(i + 1) * width + j], common[i * width + j + 1]);
            }
        }

        var bi = 0;
        var ai = 0;
        while (bi < n && ai < m)
        {
            if (beforeIds[bi] == afterIds[ai])
            {
                pieces.Add(DiffKind.Same, before[bi++]);
                ai++;
            }
            else if (common[(bi + 1) * width + ai] >= common[bi * width + ai + 1])
            {
                // On a tie, delete first, so a replaced word reads as the old one struck out, then the new one.
                pieces.Add(DiffKind.Deleted, before[bi++]);
            }
            else
            {
                pieces.Add(DiffKind.Inserted, after[ai++]);
            }
        }
        while (bi < n)
        {
            pieces.Add(DiffKind.Deleted, before[bi++]);
        }
        while (ai < m)
        {
            pieces.Add(DiffKind.Inserted, after[ai++]);
        }
    }

    private static (int[] Before, int[] After) Intern(List<string> before, List<string> after)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int IdOf(string token) => ids.TryGetValue(token, out var id) ? id : ids[token] = ids.Count;
        return (before.Select(IdOf).ToArray(), after.Select(IdOf).ToArray());
    }

    /// <summary>
    /// Joins tokens into pieces: adjacent tokens of one kind become one piece, and within each stretch of
    /// change between two Same pieces all deleted text comes before all inserted text.
    /// </summary>
    private sealed class PieceWriter
    {
        private readonly List<DiffPiece> _pieces = [];
        private readonly StringBuilder _same = new();
        private readonly StringBuilder _deleted = new();
        private readonly StringBuilder _inserted = new();

        public void Add(DiffKind kind, string token)
        {
            if (kind == DiffKind.Same)
            {
                FlushChange();
                _same.Append(token);
                return;
            }
            FlushSame();
            (kind == DiffKind.Deleted ? _deleted : _inserted).Append(token);
        }

        public IReadOnlyList<DiffPiece> Finish()
        {
            FlushSame();
            FlushChange();
            return _pieces.ToArray();
        }

        private void FlushSame() => Flush(DiffKind.Same, _same);

        private void FlushChange()
        {
            Flush(DiffKind.Deleted, _deleted);
            Flush(DiffKind.Inserted, _inserted);
        }

        private void Flush(DiffKind kind, StringBuilder text)
        {
            if (text.Length > 0)
            {
                _pieces.Add(new DiffPiece(kind, text.ToString()));
                text.Clear();
            }
        }
    }
}
