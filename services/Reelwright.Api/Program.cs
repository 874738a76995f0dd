using Reelwright.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddStudioApi();

var app = builder.Build();
await app.MapStudioApiAsync();
await app.RunAsync();
