namespace Reelwright.Api.Downloads;

/// <summary>ffmpeg could not write a download; the message says why, for the API's log.</summary>
public sealed class RemuxFailedException : Exception
{
    public RemuxFailedException(string message)
        : base(message)
    {
    }

    public RemuxFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
