using Microsoft.AspNetCore.Authentication;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Media;
using Reelwright.Api.Projects;
using Reelwright.Data;
using Reelwright.Data.Accounts;

namespace Reelwright.Api.Extensions;

public static class StudioAccountsExtensions
{
    /// <summary>Identity for passwords and lockout, bearer tokens for every call, and the per-request access rules.</summary>
    public static IServiceCollection AddStudioAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<StudioUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length beats composition rules (NIST SP 800-63B): long passphrases, no forced symbols.
                identity.Password.RequiredLength = 10;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<StudioDbContext>();

        services.AddAuthentication(StudioTokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, StudioTokenAuthentication>(StudioTokenAuthentication.SchemeName, _ => { });
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<StudioAccess>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<ProjectResolver>();
        services.AddSingleton<MediaUrlSigner>();
        return services;
    }
}
