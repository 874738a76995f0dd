using System.ComponentModel.DataAnnotations;

namespace Reelwright.Web.Studio;

public sealed class StudioOptions
{
    public const string SectionName = "Studio";

    /// <summary>Where this server calls the Studio API (inside a cluster, e.g. http://api:8080).</summary>
    [Required(ErrorMessage = "Studio:ApiBaseUrl (the Studio API's address for server-side calls) is not set.")]
    [Url]
    public string ApiBaseUrl { get; set; } = "";

    /// <summary>Where browsers reach the Studio API for media (video, posters); often differs from ApiBaseUrl behind a proxy.</summary>
    [Required(ErrorMessage = "Studio:PublicApiBaseUrl (the Studio API's address as browsers see it) is not set.")]
    [Url]
    public string PublicApiBaseUrl { get; set; } = "";
}
