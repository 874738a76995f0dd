# syntax=docker/dockerfile:1
# Generation worker. Build context: the repository root (see docker-compose.yml).

# Build on the host's own architecture and cross-publish for the target (-a), which is faster than
# emulating the SDK on Apple Silicon.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
# The cache mount keeps NuGet packages between builds, so copying the whole tree costs no re-download.
# The built-in model (workers/models) is copied into the output by the project itself.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish workers/Reelwright.Worker/Reelwright.Worker.csproj -c Release -a "$TARGETARCH" \
      --self-contained false -p:UseAppHost=false -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
# The worker encodes clips with the ffmpeg executable (FFMpegCore).
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENTRYPOINT ["dotnet", "Reelwright.Worker.dll"]
