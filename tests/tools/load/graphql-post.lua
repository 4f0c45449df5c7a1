-- wrk script: POST one GraphQL request (the JSON body comes from the GRAPHQL_BODY environment variable)
-- and count responses that are not 200 or carry "errors".
wrk.method = "POST"
wrk.body = os.getenv("GRAPHQL_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

local bad = 0

response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

done = function(summary, latency, requests)
  -- Per-thread counters are not shared in wrk; report what the summary knows.
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50), latency:percentile(99)))
end
