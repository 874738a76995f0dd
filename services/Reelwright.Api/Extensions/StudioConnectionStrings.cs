using System.ComponentModel.DataAnnotations;

namespace Reelwright.Api.Extensions;

/// <summary>The three services the API cannot start without; bound from the ConnectionStrings section.</summary>
public sealed class StudioConnectionStrings
{
    [Required(ErrorMessage = "ConnectionStrings:Studio (PostgreSQL) is not set.")]
    public string Studio { get; set; } = "";

    [Required(ErrorMessage = "ConnectionStrings:RabbitMq (amqp://user:password@host:port/vhost) is not set.")]
    public string RabbitMq { get; set; } = "";

    [Required(ErrorMessage = "ConnectionStrings:Blobs (Azure Storage connection string) is not set.")]
    public string Blobs { get; set; } = "";

    public static StudioConnectionStrings Read(IConfiguration configuration)
    {
        var strings = configuration.GetSection("ConnectionStrings").Get<StudioConnectionStrings>() ?? new();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(strings, new ValidationContext(strings), errors, validateAllProperties: true))
            throw new InvalidOperationException(string.Join(" ", errors.Select(e => e.ErrorMessage)));
        return strings;
    }
}
