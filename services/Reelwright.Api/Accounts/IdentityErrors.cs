using Microsoft.AspNetCore.Identity;

namespace Reelwright.Api.Accounts;

/// <summary>Identity's refusals, keyed by the sign-up field each is about.</summary>
public static class IdentityErrors
{
    public static Dictionary<string, string[]> ByField(IdentityResult result) =>
        result.Errors
            .GroupBy(e => FieldOf(e.Code))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => "email",
        _ => "",
    };
}
