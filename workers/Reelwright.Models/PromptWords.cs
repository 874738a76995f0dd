namespace Reelwright.Models;

/// <summary>
/// Enumerates the words of a prompt the way the model was trained to read them: lower-cased maximal runs of
/// <c>a</c>-<c>z</c>. Lower-casing happens into a small reusable buffer so tokenizing allocates nothing per word.
/// </summary>
internal ref struct PromptWords
{
    private readonly ReadOnlySpan<char> _prompt;
    private readonly Span<char> _buffer;
    private int _position;

    public PromptWords(string? prompt)
    {
        _prompt = prompt ?? "";
        // A word can be no longer than the prompt itself.
        _buffer = new char[_prompt.Length];
        _position = 0;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly PromptWords GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_position < _prompt.Length && !IsWordChar(char.ToLowerInvariant(_prompt[_position])))
            _position++;
        if (_position == _prompt.Length)
            return false;

        var length = 0;
        while (_position < _prompt.Length && IsWordChar(char.ToLowerInvariant(_prompt[_position])))
            _buffer[length++] = char.ToLowerInvariant(_prompt[_position++]);
        Current = _buffer[..length];
        return true;
    }

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z';
}
