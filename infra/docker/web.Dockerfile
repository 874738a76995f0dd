# syntax=docker/dockerfile:1
# Blazor web app. Build context: the repository root (see docker-compose.yml).

# Build on the host's own architecture and cross-publish for the target (-a), which is faster than
# emulating the SDK on Apple Silicon.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
# The cache mount keeps NuGet packages between builds, so copying the whole tree costs no re-download.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish web/Reelwright.Web/Reelwright.Web.csproj -c Release -a "$TARGETARCH" \
      --self-contained false -p:UseAppHost=false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Reelwright.Web.dll"]
