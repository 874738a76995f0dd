namespace Reelwright.Web.Studio;

/// <summary>The signed-in user's Studio API session, as this request or circuit knows it.</summary>
public interface IStudioSession
{
    /// <summary>The bearer token to send to the API, or null when nobody is signed in.</summary>
    Task<string?> TokenAsync();
}
