using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Reelwright.Web.Components.Shared;

/// <summary>JS modules attached to an element (players, the contact sheet): their end when the component goes.</summary>
public static class ElementModules
{
    /// <summary>Lets the module let go of the element's listeners, then releases it; a circuit already gone took the browser's side with it.</summary>
    public static async ValueTask ReleaseAsync(this IJSObjectReference? module, ElementReference element)
    {
        if (module is null)
            return;
        try
        {
            await module.InvokeVoidAsync("dispose", element);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
