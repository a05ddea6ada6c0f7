-- Loads a bundle again and again, each time under new keys: wrk -s load-bundle.lua URL -- bundle.json "Basic ..."
-- The template's keys start with "w4tpl"; each request replaces that with a prefix of its own.
local template, authorization
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  template = file:read("*a")
  file:close()
  authorization = args[2]
end

function request()
  counter = counter + 1
  local body = template:gsub("w4tpl", "w4-" .. id .. "-" .. counter .. "-" .. os.time())
  return wrk.format("POST", "/bundles", {
    ["Content-Type"] = "application/json", ["Authorization"] = authorization }, body)
end

dofile("bench/wrk/report.lua") -- run from the repository root, as bench/run.sh does
