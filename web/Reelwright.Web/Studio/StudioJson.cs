using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reelwright.Web.Studio;

/// <summary>The Studio API's wire format: camelCase, enums as names.</summary>
public static class StudioJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
