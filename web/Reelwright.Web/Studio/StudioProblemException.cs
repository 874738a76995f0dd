using System.Net;

namespace Reelwright.Web.Studio;

/// <summary>
/// The API refused a request for a reason the user can act on (4xx with a ProblemDetails body): a field is wrong, a
/// limit was hit, the thing is gone. <see cref="Errors"/> is keyed by the API's camelCase field names; "" holds the
/// complaint about the request as a whole.
/// </summary>
public sealed class StudioProblemException(HttpStatusCode status, IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public HttpStatusCode Status { get; } = status;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
