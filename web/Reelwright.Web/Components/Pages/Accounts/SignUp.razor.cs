using Microsoft.AspNetCore.Components;
using Reelwright.Web.Accounts;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Accounts;

/// <summary>Creates an account with the API and signs straight in; static SSR for the same reason as <see cref="SignIn"/>.</summary>
public partial class SignUp
{
    private static readonly string[] FieldNames = ["email", "password", "displayName"];

    private readonly ApiCallErrors _errors = new();

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery] public string? ReturnUrl { get; set; }

    /// <summary>The fields as posted (named Input.*, after the bound model); null when the page is first opened.</summary>
    [SupplyParameterFromForm(FormName = "sign-up", Name = "Input")] public SignUpForm? Posted { get; set; }

    private SignUpForm Input { get; set; } = new();

    private string SignInLink => ReturnUrl is null ? "sign-in" : $"sign-in?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    protected override void OnInitialized() => Input = Posted ?? new();

    private async Task SignUpAsync()
    {
        AuthSessionView? session = null;
        if (!await _errors.TryAsync(async () =>
                session = await Api.SignUpAsync(Input.Email.Trim(), Input.Password, Input.DisplayName.Trim())))
        {
            Input.Password = ""; // never echo a password back into the page
            return;
        }

        await AccountCookie.SignInAsync(StaticRequest.Of(HttpContext), session!);
        Navigation.NavigateTo(LocalReturnUrl.Resolve(ReturnUrl));
    }
}
