using Reelwright.Worker.Extensions;

var builder = Host.CreateApplicationBuilder(args);
builder.AddGenerationWorker();

var host = builder.Build();
await host.RunAsync();
