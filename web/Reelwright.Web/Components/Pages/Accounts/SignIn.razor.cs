using Microsoft.AspNetCore.Components;
using Reelwright.Web.Accounts;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Accounts;

/// <summary>
/// Signs in with the API and keeps its session in a cookie. A static SSR page on purpose: only an HTTP response can
/// set a cookie, which an interactive circuit has none of.
/// </summary>
public partial class SignIn
{
    private static readonly string[] FieldNames = ["email", "password"];

    private readonly ApiCallErrors _errors = new();

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery] public string? ReturnUrl { get; set; }

    /// <summary>The fields as posted (named Input.*, after the bound model); null when the page is first opened.</summary>
    [SupplyParameterFromForm(FormName = "sign-in", Name = "Input")] public SignInForm? Posted { get; set; }

    private SignInForm Input { get; set; } = new();

    private string SignUpLink => ReturnUrl is null ? "sign-up" : $"sign-up?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    protected override void OnInitialized() => Input = Posted ?? new();

    private async Task SignInAsync()
    {
        AuthSessionView? session = null;
        if (!await _errors.TryAsync(async () => session = await Api.SignInAsync(Input.Email.Trim(), Input.Password)))
        {
            Input.Password = ""; // never echo a password back into the page
            return;
        }

        await AccountCookie.SignInAsync(StaticRequest.Of(HttpContext), session!);
        Navigation.NavigateTo(LocalReturnUrl.Resolve(ReturnUrl));
    }
}
