namespace Reelwright.Web.Studio;

/// <summary>Failures talking to the Studio API (unreachable, erroring, too slow, unreadable, session over) that a page should report in words rather than crash its circuit on.</summary>
public static class StudioApiErrors
{
    public const string SessionEnded = "Your session has ended — sign in again.";

    /// <summary>Connection failures, error statuses, timeouts (HttpClient reports a timeout as a cancellation) and an ended session.</summary>
    public static bool IsReportable(Exception e) =>
        e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or StudioSessionEndedException;

    public static string Describe(Exception e) => e switch
    {
        StudioSessionEndedException => SessionEnded,
        TaskCanceledException => "The Studio API did not answer in time. It may be overloaded or restarting; try again in a moment.",
        System.Text.Json.JsonException => "The Studio API sent an answer this page cannot read. Are the web app and API the same version?",
        _ => $"The Studio API is not reachable ({e.Message}). Is it running?",
    };
}
