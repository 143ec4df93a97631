(function(){
var idx={},lit=[];
document.querySelectorAll('[data-k]').forEach(function(el){
el.getAttribute('data-k').split(' ').forEach(function(k){(idx[k]=idx[k]||[]).push(el);});});
function clear(){lit.forEach(function(el){el.classList.remove('on');});lit=[];}
document.addEventListener('mouseover',function(ev){
var t=ev.target&&ev.target.closest?ev.target.closest('[data-hl]'):null;clear();if(!t)return;
t.getAttribute('data-hl').split(' ').forEach(function(k){(idx[k]||[]).forEach(function(el){el.classList.add('on');lit.push(el);});});});
document.documentElement.setAttribute('data-viewer','ready');
})();
