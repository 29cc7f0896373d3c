// The supervisor dashboard: plain JavaScript over the same REST API every client uses.
(function () {
  'use strict';

  const TEXT = {
    zh: { title: '严重精神障碍管理指标', user: '用户名', password: '密码', signIn: '登录', jurisdiction: '辖区', period: '期间',
      plan: '规划', planInForce: '现行规划', rankBy: '排名指标', show: '查询', indicators: '指标 · 完成值与目标', indicator: '指标',
      numerator: '分子', denominator: '分母', value: '完成值', target: '目标', gap: '差距', meets: '达标',
      ranking: '下级辖区排名（按差距）', trend: '季度趋势', due: '随访到期与逾期', patient: '患者', nextDue: '应随访日期',
      overdue: '逾期天数', yes: '是', no: '否', loading: '加载中…', loginFailed: '用户名或密码错误',
      notForRole: '您的角色不查看个案名单。', dueCount: (n) => `到期或逾期 ${n} 人`, other: 'English' },
    en: { title: 'Severe mental disorders: plan indicators', user: 'User', password: 'Password', signIn: 'Sign in',
      jurisdiction: 'Jurisdiction', period: 'Period', plan: 'Plan', planInForce: 'plan in force', rankBy: 'Rank by',
      show: 'Show', indicators: 'Indicators: value and target', indicator: 'Indicator', numerator: 'Numerator',
      denominator: 'Denominator', value: 'Value', target: 'Target', gap: 'Gap', meets: 'Meets target',
      ranking: 'Child jurisdictions by gap', trend: 'Trend by quarter', due: 'Follow-ups due and overdue',
      patient: 'Patient', nextDue: 'Due', overdue: 'Days overdue', yes: 'yes', no: 'no', loading: 'Loading…',
      loginFailed: 'Wrong user name or password', notForRole: 'Your role does not see case lists.',
      dueCount: (n) => `${n} due or overdue`, other: '中文' }
  };
  const ENGLISH = { registered: 'Registered', prevalence: 'Reported prevalence', management: 'Management rate',
    standardManagement: 'Standard management rate', faceToFace: 'Face-to-face visit rate', medication: 'Medication rate',
    regularMedication: 'Regular medication rate', schizophreniaMedication: 'Schizophrenia medication rate',
    stable: 'Stable rate', rehabilitation: 'Home rehabilitation participation', psychologicalSupport: 'Psychological support coverage',
    riskAssessmentCoverage: 'Risk assessment coverage', careTeamCoverage: 'Care team coverage', incident: 'Incident rate',
    lost: 'Lost to follow-up rate' };
  const TREND = ['standardManagement', 'regularMedication', 'rehabilitation'];
  const COLOURS = ['#2563eb', '#16a34a', '#d97706'];

  let language = 'zh';
  let auth = null;
  const $ = (id) => document.getElementById(id);
  const t = (key) => TEXT[language][key];

  function translate() {
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $('language').textContent = t('other');
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }

  function label(indicator) {
    return language === 'zh' ? indicator.label : (ENGLISH[indicator.code] || indicator.code);
  }

  async function get(path) {
    const response = await fetch(path, { headers: { Authorization: auth, Accept: 'application/json' } });
    if (!response.ok) {
      const error = new Error(path + ': ' + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  function value(indicator) {
    if (indicator.rate === null || indicator.rate === undefined) return '–';
    return indicator.code === 'prevalence' ? indicator.rate.toFixed(2) + '‰' : (indicator.rate * 100).toFixed(1) + '%';
  }

  function fraction(code, x) {
    if (x === null || x === undefined) return '–';
    return code === 'prevalence' ? x.toFixed(2) + '‰' : (x * 100).toFixed(1) + '%';
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  async function signIn() {
    const user = $('user').value;
    // production signs in through the OIDC provider: paste its token with the user name left empty
    auth = user ? 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + $('password').value)))
      : 'Bearer ' + $('password').value;
    try {
      const level = await get('/api/jurisdictions');
      scope = level.jurisdiction.code;
      fillLevel(level);
      const plans = await get('/api/plans');
      plans.forEach((p) => $('plan').add(new Option(p.name, p.code)));
      $('login').hidden = true;
      $('board').hidden = false;
      await show();
    } catch (e) {
      $('loginError').textContent = t('loginFailed');
    }
  }

  let scope = '';

  const PARENT_LENGTH = { 12: 9, 9: 6, 6: 4, 4: 2, 2: 0 };

  // the picker shows where you are, one level up (within your scope) and the level below
  function fillLevel(level) {
    const select = $('jurisdiction');
    select.innerHTML = '';
    const here = level.jurisdiction.code;
    if (here.length > scope.length) {
      select.add(new Option('↑ ' + here.slice(0, PARENT_LENGTH[here.length]), here.slice(0, PARENT_LENGTH[here.length])));
    }
    select.add(new Option(level.jurisdiction.name + (here ? ' (' + here + ')' : ''), here, true, true));
    level.children.forEach((j) => select.add(new Option('　' + j.name + ' (' + j.code + ')', j.code)));
    select.dataset.level = here;
  }

  async function drill() {
    fillLevel(await get('/api/jurisdictions?code=' + encodeURIComponent($('jurisdiction').value)));
    await show();
  }

  function query(period) {
    const plan = $('plan').value;
    return '?jurisdiction=' + encodeURIComponent($('jurisdiction').value) + '&period=' + encodeURIComponent(period) +
      (plan ? '&plan=' + encodeURIComponent(plan) : '');
  }

  async function show(event) {
    if (event) event.preventDefault();
    $('status').textContent = t('loading');
    const period = $('period').value.trim();
    const report = await get('/api/indicators' + query(period));
    fillIndicators(report);
    const rankBy = $('rankBy');
    if (!rankBy.options.length) {
      report.indicators.filter((i) => i.code !== 'registered')
        .forEach((i) => rankBy.add(new Option(label(i), i.code, false, i.code === 'standardManagement')));
    }
    await Promise.all([ranking(period), trend(period), due()]);
    $('status').textContent = (report.complete ? '' : '截至 as of ') + report.asOf + ' · ' + report.planName;
    $('board').dataset.loaded = report.jurisdiction + '|' + report.period;
  }

  function fillIndicators(report) {
    const body = $('indicators').tBodies[0];
    body.innerHTML = '';
    report.indicators.forEach((i) => {
      const row = body.insertRow();
      row.dataset.code = i.code;
      row.className = i.meetsTarget === true ? 'meet' : i.meetsTarget === false ? 'miss' : '';
      cell(row, label(i), 'label');
      cell(row, String(i.numerator), 'numerator');
      cell(row, i.denominator === null || i.denominator === undefined ? '–' : String(i.denominator), 'denominator');
      cell(row, value(i), 'value');
      cell(row, fraction(i.code, i.target), 'target');
      cell(row, fraction(i.code, i.gap), 'gap');
      cell(row, i.meetsTarget === null || i.meetsTarget === undefined ? '–' : i.meetsTarget ? t('yes') : t('no'), 'meets');
    });
  }

  async function ranking(period) {
    const code = $('rankBy').value || 'standardManagement';
    const body = $('ranking').tBodies[0];
    body.innerHTML = '';
    const breakdown = await get('/api/indicators/breakdown' + query(period) + '&indicator=' + code);
    breakdown.children.forEach((child, n) => {
      const i = child.indicators.find((x) => x.code === code);
      const row = body.insertRow();
      row.dataset.code = child.jurisdiction;
      cell(row, String(n + 1));
      cell(row, child.name + ' (' + child.jurisdiction + ')');
      cell(row, value(i));
      cell(row, fraction(code, i.target));
      cell(row, fraction(code, i.gap), 'gap');
    });
  }

  function quartersUpTo(period) {
    const year = parseInt(period.slice(0, 4), 10);
    const quarters = [];
    for (let y = year - 1; y <= year; y++) for (let q = 1; q <= 4; q++) quarters.push(y + '-Q' + q);
    return quarters;
  }

  async function trend(period) {
    const quarters = quartersUpTo(period);
    const reports = await Promise.all(quarters.map((q) => get('/api/indicators' + query(q)).catch(() => null)));
    const svg = $('trend');
    const width = 720, height = 260, left = 40, bottom = 30;
    const x = (n) => left + n * (width - left - 20) / (quarters.length - 1);
    const y = (rate) => height - bottom - rate * (height - bottom - 10);
    let html = '';
    [0, 0.25, 0.5, 0.75, 1].forEach((r) => {
      html += `<line x1="${left}" x2="${width - 20}" y1="${y(r)}" y2="${y(r)}" stroke="#e4e7eb"/>` +
        `<text x="4" y="${y(r) + 4}" font-size="11">${r * 100}%</text>`;
    });
    quarters.forEach((q, n) => { html += `<text x="${x(n) - 22}" y="${height - 8}" font-size="11">${q}</text>`; });
    TREND.forEach((code, k) => {
      const points = reports.map((r, n) => {
        const i = r && r.indicators.find((z) => z.code === code);
        return i && i.rate !== null && i.rate !== undefined ? `${x(n)},${y(i.rate)}` : null;
      }).filter((p) => p);
      html += `<polyline fill="none" stroke="${COLOURS[k]}" stroke-width="${5 - 1.5 * k}" points="${points.join(' ')}" data-code="${code}"/>`;
    });
    svg.innerHTML = html;
    const sample = reports.find((r) => r);
    $('legend').innerHTML = TREND.map((code, k) => {
      const i = sample && sample.indicators.find((z) => z.code === code);
      return `<span><i style="background:${COLOURS[k]}"></i>${i ? label(i) : code}</span>`;
    }).join('');
  }

  async function due() {
    const body = $('due').tBodies[0];
    body.innerHTML = '';
    try {
      const list = await get('/api/worklists/due?jurisdiction=' + encodeURIComponent($('jurisdiction').value));
      $('dueSummary').textContent = t('dueCount')(list.count);
      list.items.slice(0, 50).forEach((c) => {
        const row = body.insertRow();
        cell(row, c.name || c.patientId);
        cell(row, c.jurisdiction);
        cell(row, c.nextDueDate);
        cell(row, String(c.daysOverdue));
      });
    } catch (e) {
      $('dueSummary').textContent = e.status === 403 ? t('notForRole') : String(e.message);
    }
  }

  $('signIn').addEventListener('click', signIn);
  $('password').addEventListener('keydown', (e) => { if (e.key === 'Enter') signIn(); });
  $('filters').addEventListener('submit', show);
  $('jurisdiction').addEventListener('change', drill);
  $('rankBy').addEventListener('change', () => ranking($('period').value.trim()));
  $('language').addEventListener('click', () => {
    language = language === 'zh' ? 'en' : 'zh';
    translate();
    if (!$('board').hidden) show();
  });
  translate();
}());
