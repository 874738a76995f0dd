namespace Reelwright.Worker.Media;

/// <summary>A clip could not be encoded; the message is written to be shown to the user as is.</summary>
public sealed class ClipEncodingException : Exception
{
    public ClipEncodingException(string message)
        : base(message)
    {
    }

    public ClipEncodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
