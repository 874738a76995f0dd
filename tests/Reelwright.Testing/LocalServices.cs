namespace Reelwright.Testing;

/// <summary>
/// Where the real services answer during tests: those infra/local/services.sh starts, unless the environment
/// names others. Tests never share state through them: see <see cref="IsolatedStudioResources"/>.
/// </summary>
public static class LocalServices
{
    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("REELWRIGHT_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Database=postgres;Username=reelwright;Password=reelwright";

    public static Uri RabbitMqAmqp => new(Environment.GetEnvironmentVariable("REELWRIGHT_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");

    public static Uri RabbitMqManagement =>
        new(Environment.GetEnvironmentVariable("REELWRIGHT_TEST_RABBITMQ_MANAGEMENT") ?? "http://guest:guest@127.0.0.1:15672/");

    public static string Blobs =>
        Environment.GetEnvironmentVariable("REELWRIGHT_TEST_BLOBS")
        ?? "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
}
