namespace Reelwright.Api.Accounts;

/// <param name="Email">Also the sign-in name.</param>
/// <param name="Password">At least 10 characters.</param>
/// <param name="DisplayName">How the studio shows this person to their teams.</param>
public sealed record SignUpRequest(string? Email, string? Password, string? DisplayName);

public sealed record SignInRequest(string? Email, string? Password);

/// <param name="Name">What the token is for, e.g. "render farm script".</param>
public sealed record CreateTokenRequest(string? Name);
