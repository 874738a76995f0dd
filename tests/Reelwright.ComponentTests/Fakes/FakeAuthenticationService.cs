using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>Records the cookie sign-ins and sign-outs a static SSR page makes through its HttpContext.</summary>
public sealed class FakeAuthenticationService : IAuthenticationService
{
    public List<(string? Scheme, ClaimsPrincipal Principal, AuthenticationProperties? Properties)> SignIns { get; } = [];

    public List<string?> SignOuts { get; } = [];

    public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties)
    {
        SignIns.Add((scheme, principal, properties));
        return Task.CompletedTask;
    }

    public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties)
    {
        SignOuts.Add(scheme);
        return Task.CompletedTask;
    }

    public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme) => Task.FromResult(AuthenticateResult.NoResult());

    public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;

    public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;

    /// <summary>A request whose sign-ins land here, as a static SSR page's cascaded HttpContext.</summary>
    public HttpContext Request() =>
        new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton<IAuthenticationService>(this).BuildServiceProvider() };
}
