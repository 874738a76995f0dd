# syntax=docker/dockerfile:1
# Studio API. Build context: the repository root (see docker-compose.yml).

# Build on the host's own architecture and cross-publish for the target (-a), which is faster than
# emulating the SDK on Apple Silicon.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
# The cache mount keeps NuGet packages between builds, so copying the whole tree costs no re-download.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish services/Reelwright.Api/Reelwright.Api.csproj -c Release -a "$TARGETARCH" \
      --self-contained false -p:UseAppHost=false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Downloads write a clip's title and recipe into its MP4 with the ffmpeg executable (a stream copy, no encoding).
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Reelwright.Api.dll"]
