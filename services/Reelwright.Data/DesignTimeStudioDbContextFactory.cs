using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reelwright.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the API.</summary>
internal sealed class DesignTimeStudioDbContextFactory : IDesignTimeDbContextFactory<StudioDbContext>
{
    public StudioDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<StudioDbContext>();
        options.UseStudioDatabase("Host=127.0.0.1;Database=reelwright;Username=reelwright;Password=reelwright");
        return new StudioDbContext(options.Options);
    }
}
