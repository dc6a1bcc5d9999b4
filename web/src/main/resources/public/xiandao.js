// Draws the charts from the JSON the server embeds in each page. When every chart on a page has
// finished rendering, <body data-charts-ready="N"> tells tests (and curious people) how many there are.
(function () {
  const colours = { IC: '#2563eb', BIO: '#059669', AI: '#d97706' };
  const rendered = [];

  function industryOf(code) { return code.split('-')[0]; }

  function done(chart) {
    rendered.push(chart);
    document.body.dataset.chartsReady = String(rendered.length);
  }

  function bar(el, rows, zh, horizontal) {
    const chart = echarts.init(el);
    // setOption renders synchronously, so the listener must be in place before it.
    chart.on('finished', function once() { chart.off('finished', once); done(chart); });
    const names = rows.map(r => zh ? r.nameZh : r.nameEn);
    const data = rows.map(r => ({ value: r.count, code: r.code, itemStyle: { color: colours[industryOf(r.code)] || '#64748b' } }));
    const category = { type: 'category', data: names, axisLabel: { interval: 0, fontSize: 11 } };
    const value = { type: 'value' };
    chart.setOption({
      animation: false,
      grid: { left: horizontal ? 190 : 50, right: 24, top: 10, bottom: horizontal ? 24 : 60, containLabel: false },
      tooltip: { trigger: 'item' },
      xAxis: horizontal ? value : Object.assign({}, category, { axisLabel: { interval: 0, rotate: 30, fontSize: 11 } }),
      yAxis: horizontal ? Object.assign({}, category, { inverse: true }) : value,
      series: [{ type: 'bar', data: data, label: { show: true, position: horizontal ? 'right' : 'top', fontSize: 10 } }]
    });
    chart.on('click', p => { window.location.href = el.dataset.link + encodeURIComponent(p.data.code); });
    return chart;
  }

  function overview() {
    const node = document.getElementById('overview-data');
    if (!node) return;
    const d = JSON.parse(node.textContent);
    bar(document.getElementById('chart-industry'), d.industry, d.zh, false);
    bar(document.getElementById('chart-segment'), d.segment, d.zh, true);
    bar(document.getElementById('chart-district'), d.district, d.zh, true);
    bar(document.getElementById('chart-park'), d.park, d.zh, true);
  }

  function chainMap() {
    const node = document.getElementById('chain-data');
    if (!node) return;
    const d = JSON.parse(node.textContent);
    const el = document.getElementById('chart-chain');
    const chart = echarts.init(el);
    chart.on('finished', function once() { chart.off('finished', once); done(chart); });
    const max = Math.max(1, ...d.nodes.map(n => n.enterprises));
    const perLayer = {};
    d.nodes.forEach(n => { perLayer[n.layer] = (perLayer[n.layer] || 0) + 1; });
    const layers = Math.max(...d.nodes.map(n => n.layer)) + 1;
    const width = el.clientWidth, height = el.clientHeight;
    const columnWidth = (width - 200) / Math.max(1, layers - 1);
    // Columns are the supply layers; each column spreads its segments over the full height.
    const nodes = d.nodes.map(n => ({
      id: n.code, name: (d.zh ? n.nameZh : n.nameEn), code: n.code, value: n.enterprises,
      x: 20 + n.layer * columnWidth, y: (n.row + 0.5) * height / perLayer[n.layer],
      symbolSize: 8 + 28 * Math.sqrt(n.enterprises / max),
      // Weak links get a red ring: health at a glance, with the score in the tooltip.
      itemStyle: { color: colours[n.industry], borderColor: n.weak ? '#dc2626' : '#ffffff', borderWidth: n.weak ? 3 : 1 },
      weakLink: n.weakLink,
      label: { show: true, position: 'right', fontSize: 11, formatter: '{b}', width: Math.min(columnWidth - 30, 170), overflow: 'truncate' }
    }));
    chart.setOption({
      animation: false,
      tooltip: { formatter: p => p.dataType === 'node' ? `${p.data.code} ${p.data.name}: ${p.data.value} · weak-link ${p.data.weakLink.toFixed(2)}` : '' },
      series: [{
        type: 'graph', layout: 'none', roam: true, data: nodes, left: 10, right: 170, top: 12, bottom: 12,
        links: d.links.map(l => ({ source: l.source, target: l.target })),
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        lineStyle: { color: '#94a3b8', width: 1.2, curveness: 0.15, opacity: 0.8 }
      }]
    });
    chart.on('click', p => { if (p.dataType === 'node') window.location.href = '/chain/segments/' + encodeURIComponent(p.data.code); });
  }

  function simulation() {
    const node = document.getElementById('simulation-data');
    if (!node) return;
    const d = JSON.parse(node.textContent);
    const el = document.getElementById('chart-simulation');
    const chart = echarts.init(el);
    chart.on('finished', function once() { chart.off('finished', once); done(chart); });
    const names = d.policies.map(p => d.zh ? p.titleZh : p.titleEn);
    const base = d.policies.map(p => p.baseline.payable);
    const alt = d.policies.map(p => p.scenario ? p.scenario.payable : p.baseline.payable);
    const yi = v => (v / 1e8).toFixed(2);
    chart.setOption({
      animation: false,
      legend: { data: [d.zh ? '基线' : 'Baseline', d.zh ? '情景' : 'Scenario'] },
      tooltip: { trigger: 'axis' },
      grid: { left: 260, right: 40, top: 30, bottom: 30 },
      xAxis: { type: 'value', name: d.zh ? '亿元' : '亿 yuan', axisLabel: { formatter: yi } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 240, overflow: 'truncate', fontSize: 11 } },
      series: [
        { name: d.zh ? '基线' : 'Baseline', type: 'bar', data: base, itemStyle: { color: '#64748b' } },
        { name: d.zh ? '情景' : 'Scenario', type: 'bar', data: alt, itemStyle: { color: '#2563eb' } }
      ]
    });
  }

  function fund() {
    const node = document.getElementById('fund-data');
    if (!node) return;
    const d = JSON.parse(node.textContent);
    const yi = v => (v / 1e8).toFixed(2);
    const j = echarts.init(document.getElementById('chart-jcurve'));
    j.on('finished', function once() { j.off('finished', once); done(j); });
    j.setOption({
      animation: false, tooltip: { trigger: 'axis' },
      legend: { data: [d.zh ? '累计净现金流' : 'Net cash', 'NAV', d.zh ? '实缴' : 'Paid in', d.zh ? '分配' : 'Distributed'] },
      grid: { left: 60, right: 20, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: d.history.map(p => p.date) },
      yAxis: { type: 'value', name: d.zh ? '亿元' : '亿 yuan', axisLabel: { formatter: yi } },
      series: [
        { name: d.zh ? '累计净现金流' : 'Net cash', type: 'line', data: d.history.map(p => p.netCash), itemStyle: { color: '#dc2626' } },
        { name: 'NAV', type: 'line', data: d.history.map(p => p.nav), itemStyle: { color: '#2563eb' } },
        { name: d.zh ? '实缴' : 'Paid in', type: 'line', data: d.history.map(p => p.paidIn), itemStyle: { color: '#9ca3af' }, lineStyle: { type: 'dashed' } },
        { name: d.zh ? '分配' : 'Distributed', type: 'line', data: d.history.map(p => p.distributed), itemStyle: { color: '#059669' }, lineStyle: { type: 'dashed' } }
      ]
    });
    const lt = echarts.init(document.getElementById('chart-lookthrough'));
    lt.on('finished', function once() { lt.off('finished', once); done(lt); });
    const keys = Object.keys(d.bySegment);
    lt.setOption({
      animation: false, tooltip: { trigger: 'item' },
      grid: { left: 70, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: yi } },
      yAxis: { type: 'category', data: keys, inverse: true },
      series: [{ type: 'bar', data: keys.map(k => ({ value: d.bySegment[k], itemStyle: { color: colours[k.split('-')[0]] || '#64748b' } })) }]
    });
  }

  function parks() {
    const node = document.getElementById('parks-data');
    if (!node) return;
    const d = JSON.parse(node.textContent);
    const chart = echarts.init(document.getElementById('chart-parks'));
    chart.on('finished', function once() { chart.off('finished', once); done(chart); });
    const data = d.cells.map(c => [d.segments.indexOf(c.segment), d.codes.indexOf(c.park), Math.round(c.density * 100) / 100, c.enterprises]);
    chart.setOption({
      animation: false,
      tooltip: { formatter: p => `${d.parks[p.data[1]]} · ${d.segments[p.data[0]]}: ${p.data[3]} (${p.data[2]}×)` },
      grid: { left: 230, right: 20, top: 10, bottom: 80 },
      xAxis: { type: 'category', data: d.segments, axisLabel: { rotate: 60, fontSize: 10 } },
      yAxis: { type: 'category', data: d.parks, axisLabel: { fontSize: 11 } },
      visualMap: { min: 0, max: 3, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#f8fafc', '#93c5fd', '#1d4ed8'] } },
      series: [{ type: 'heatmap', data: data, label: { show: false } }]
    });
    chart.on('click', p => { window.location.href = '/parks/' + encodeURIComponent(d.codes[p.data[1]]); });
  }

  function parkCompare() {
    const node = document.getElementById('park-compare-data');
    if (!node) return;
    const d = JSON.parse(node.textContent);
    const chart = echarts.init(document.getElementById('chart-park-compare'));
    chart.on('finished', function once() { chart.off('finished', once); done(chart); });
    const density = [d.da, d.db];
    chart.setOption({
      animation: false,
      legend: { data: d.names, top: 0 },
      tooltip: { trigger: 'item', formatter: p => `${p.seriesName} · ${d.segments[p.dataIndex]}: ${p.value} (${density[p.seriesIndex][p.dataIndex].toFixed(2)}×)` },
      grid: { left: 50, right: 20, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: d.segments, axisLabel: { rotate: 60, fontSize: 10 } },
      yAxis: { type: 'value' },
      series: [{ name: d.names[0], type: 'bar', data: d.a, itemStyle: { color: '#1d4ed8' } },
               { name: d.names[1], type: 'bar', data: d.b, itemStyle: { color: '#f59e0b' } }]
    });
    chart.on('click', p => { window.location.href = '/chain/segments/' + encodeURIComponent(d.segments[p.dataIndex]); });
  }

  function indicator() {
    const node = document.getElementById('indicator-data');
    if (!node) return;
    const rows = JSON.parse(node.textContent);
    const periods = Array.from(new Set(rows.map(r => r.period))).sort();
    const kinds = Array.from(new Set(rows.map(r => r.kind)));
    const styles = { actual: '#1d4ed8', target: '#dc2626', expected: '#f59e0b', forecast: '#7c3aed' };
    const chart = echarts.init(document.getElementById('chart-indicator'));
    chart.on('finished', function once() { chart.off('finished', once); done(chart); });
    chart.setOption({
      animation: false,
      legend: { data: kinds, top: 0 },
      tooltip: { trigger: 'item', formatter: p => `${p.data.period} · ${p.seriesName}: ${p.data.value[1]}<br>${p.data.source}` },
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', scale: true },
      // Every value is its own point, so two sources for one period stand side by side.
      series: kinds.map(k => ({ name: k, type: k === 'actual' ? 'line' : 'scatter', symbolSize: 10,
        itemStyle: { color: styles[k] || '#64748b' },
        data: rows.filter(r => r.kind === k).map(r => ({ value: [r.period, r.value], period: r.period, source: r.source, link: r.link })) }))
    });
    chart.on('click', p => { if (p.data.link) window.location.href = p.data.link; });
  }

  window.addEventListener('resize', () => rendered.forEach(c => c.resize()));
  overview();
  chainMap();
  simulation();
  fund();
  parks();
  parkCompare();
  indicator();
})();
