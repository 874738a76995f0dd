using Reelwright.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddStudioWeb();

var app = builder.Build();
app.MapStudioWeb();
await app.RunAsync();
