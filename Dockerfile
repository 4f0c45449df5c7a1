# The ScoGraph server as a container: build with the .NET SDK (plus Node, which fetches the IDE's files from npm),
# run on the ASP.NET runtime. The SQLite store lives in /data (a volume in docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/ScoGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ScoGraph__Sqlite__Path=/data/scograph.db
EXPOSE 5080
ENTRYPOINT ["dotnet", "ScoGraph.Api.dll", "--urls", "http://0.0.0.0:5080"]
