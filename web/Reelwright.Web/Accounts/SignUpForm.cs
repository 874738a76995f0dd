using System.ComponentModel.DataAnnotations;

namespace Reelwright.Web.Accounts;

/// <summary>What sign-up asks for. How strong a password must be is the API's rule; it says so when one is too weak.</summary>
public sealed class SignUpForm
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "That is not an email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the name others will see.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string DisplayName { get; set; } = "";
}
