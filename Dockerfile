# The ScoGraph server as a container: build with the .NET SDK (plus Node, which fetches the IDE's files from npm),
# run on the ASP.NET runtime as the unprivileged user "app". The SQLite store lives in /data (a volume in
# docker-compose.yml). Layers are ordered so that a change to the code reuses the restore and npm layers.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# 1. Restore from the project files alone (every project the server references, and the targets they import).
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ScoGraph.Api/ScoGraph.Api.csproj src/ScoGraph.Api/
COPY src/ScoGraph.GraphQL/ScoGraph.GraphQL.csproj src/ScoGraph.GraphQL/
COPY src/ScoGraph.GraphQL.AspNetCore/ScoGraph.GraphQL.AspNetCore.csproj src/ScoGraph.GraphQL.AspNetCore/
COPY src/ScoGraph.GraphQL.AspNetCore/build/ src/ScoGraph.GraphQL.AspNetCore/build/
COPY src/ScoGraph.Domain/ScoGraph.Domain.csproj src/ScoGraph.Domain/
COPY src/ScoGraph.Storage.Sqlite/ScoGraph.Storage.Sqlite.csproj src/ScoGraph.Storage.Sqlite/
COPY src/ScoGraph.Storage.Neo4j/ScoGraph.Storage.Neo4j.csproj src/ScoGraph.Storage.Neo4j/
RUN dotnet restore src/ScoGraph.Api/ScoGraph.Api.csproj

# 2. The IDE's files, from their own package.json and lock file. No registry, no image: npm ci fails the build.
COPY src/ScoGraph.GraphQL.AspNetCore/ide/package.json src/ScoGraph.GraphQL.AspNetCore/ide/package-lock.json src/ScoGraph.GraphQL.AspNetCore/ide/
RUN npm ci --prefix src/ScoGraph.GraphQL.AspNetCore/ide --no-audit --no-fund --loglevel=error

# 3. The code (node_modules, bin and obj stay out: .dockerignore), published; an app without its IDE is refused.
COPY . .
RUN dotnet publish src/ScoGraph.Api -c Release -o /app --no-restore && test -f /app/graphql-ide/index.html

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The store's folder belongs to "app" (the unprivileged user the .NET images define, uid $APP_UID); a named volume
# mounted there starts with this ownership.
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data
ENV ScoGraph__Sqlite__Path=/data/scograph.db
USER $APP_UID
EXPOSE 5080
# Ready = the store answers, is migrated and holds the dataset (GET /health/ready answers 200). The runtime image has
# no curl: bash's /dev/tcp speaks the one HTTP request needed.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/5080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r _ status _ <&3 && [ \"$status\" = 200 ]"]
ENTRYPOINT ["dotnet", "ScoGraph.Api.dll", "--urls", "http://0.0.0.0:5080"]
