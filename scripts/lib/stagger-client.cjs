// autocannon `setupClient` (a file, as its worker threads need): every connection walks the same
// `requests` list from the first entry, so they would all start on the same device and could keep
// queueing behind one Durable Object. Connection i starts at entry i instead (mod the length).
let clients = 0;

module.exports = function staggerClient(client) {
  const requests = client.opts.requests;
  if (!requests || requests.length < 2) return;
  const start = clients++ % requests.length;
  client.setRequests([...requests.slice(start), ...requests.slice(0, start)]);
};
