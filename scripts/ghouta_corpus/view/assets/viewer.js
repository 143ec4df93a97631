(function(){
var idx={},lit=[],tip=document.getElementById('tip'),owner=null,timer=0;
document.querySelectorAll('[data-k]').forEach(function(el){
el.getAttribute('data-k').split(' ').forEach(function(k){(idx[k]=idx[k]||[]).push(el);});});
document.querySelectorAll('[data-span][title]').forEach(function(el){
el.setAttribute('data-title',el.getAttribute('title'));el.removeAttribute('title');});
function clear(){lit.forEach(function(el){el.classList.remove('on');});lit=[];}
function near(el,sel){return el&&el.closest?el.closest(sel):null;}
function light(t){clear();if(!t)return;
t.getAttribute('data-hl').split(' ').forEach(function(k){(idx[k]||[]).forEach(function(el){el.classList.add('on');lit.push(el);});});}
function hide(){clearTimeout(timer);if(!tip||tip.hidden)return;tip.hidden=true;
if(owner)owner.removeAttribute('aria-describedby');owner=null;}
function later(){clearTimeout(timer);timer=setTimeout(hide,400);}
function show(el){if(!tip)return;clearTimeout(timer);if(owner===el&&!tip.hidden)return;
if(owner)owner.removeAttribute('aria-describedby');owner=el;tip.textContent='';
var src=document.getElementById(el.getAttribute('data-tip')||'');
if(src)src.childNodes.forEach(function(n){tip.appendChild(n.cloneNode(true));});
else tip.textContent=el.getAttribute('data-title')||'';
tip.setAttribute('data-hl',el.getAttribute('data-hl')||'');tip.hidden=false;
var r=el.getBoundingClientRect(),de=document.documentElement;
tip.style.left=Math.max(4,Math.min(r.left,de.clientWidth-tip.offsetWidth-4))+window.scrollX+'px';
tip.style.top=r.bottom+window.scrollY+2+'px';el.setAttribute('aria-describedby','tip');}
document.addEventListener('mouseover',function(ev){var t=ev.target;light(near(t,'[data-hl]'));
var s=near(t,'[data-span]');if(s)show(s);else if(near(t,'#tip'))clearTimeout(timer);
else if(owner&&!near(document.activeElement,'#tip')&&document.activeElement!==owner)later();});
document.addEventListener('focusin',function(ev){var t=ev.target;light(near(t,'[data-hl]'));
var s=near(t,'[data-span]');if(s)show(s);else if(!near(t,'#tip'))hide();});
document.addEventListener('keydown',function(ev){if(!owner)return;var a=document.activeElement;
if(ev.key==='Escape'){if(near(a,'#tip'))owner.focus();else{hide();clear();}}
else if(ev.key==='Enter'&&a===owner){var l=tip.querySelector('a');if(l){ev.preventDefault();l.focus();}}});
document.addEventListener('click',function(ev){if(near(ev.target,'#tip a'))hide();});
document.documentElement.setAttribute('data-viewer','ready');
})();
