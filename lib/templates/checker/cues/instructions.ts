/**
 * Instructions a customer can follow, per language: the imperative of the verbs people use to explain an
 * app or a website ("open Settings", "pulse «Guardar»", "нажмите «Сохранить»", "kattintson a Mentés gombra").
 * Two different ones in a draft are steps written as a sentence: for a how-to question they are the answer,
 * and so a concrete next step, as numbered steps are. Formal and informal address; folded like the text.
 */
export const INSTRUCTIONS: Readonly<Record<string, readonly string[]>> = {
  en: [
    '(click|tap|press|select|choose|open|type|scroll|toggle|copy|paste|download|install|reinstall|restart|upload|drag)',
    '(go|head|navigate|switch) (to|over to|back to)',
    '(sign|log) (in|out|into)',
    'turn (it )?(on|off)',
    'enter (your|the|a)',
    'make (your|the) change*',
  ],
  es: [
    '(haga|haz|de|da) clic',
    '(pulse|pulsa|toque|toca|seleccione|selecciona|elija|elige|abra|abre|introduzca|introduce|escriba|desplacese|desplazate|busque|active|activa|desactive|guarde|guarda|descargue|descarga|instale|instala|reinicie|reinicia|actualice|actualiza|arrastre|copie|pegue)',
    '(vaya|ve|entre|entra|acceda|accede) (a|al|en)',
    '(inicie|inicia|cierre|cierra) sesion',
    '(haga|haz) el cambio',
  ],
  pt: [
    '(clique|clica|toque|aperte|pressione|selecione|escolha|abra|digite|role|procure|ative|desative|salve|baixe|instale|reinstale|reinicie|atualize|arraste|copie|cole|acesse)',
    '(va|vai|volte|entre) (em|para|ate|na|no|a)',
    '(faca|faz) (login|logout|a alteracao|a mudanca)',
  ],
  fr: [
    '(cliquez|clique|appuyez|appuie|touchez|selectionnez|choisissez|ouvrez|ouvre|saisissez|tapez|cherchez|activez|desactivez|enregistrez|telechargez|installez|reinstallez|redemarrez|validez|copiez|collez|glissez|connectez-vous|deconnectez-vous|rendez-vous)',
    '(allez|va|retournez) (dans|sur|a|au|en)',
    'faites (defiler|votre modification|la modification)',
    'mettez a jour',
  ],
  de: [
    '(klicken|tippen|drucken|wahlen|offnen|gehen|scrollen|suchen|aktivieren|deaktivieren|speichern|laden|installieren|bestatigen|wechseln|melden|geben|starten) sie',
    'sie (klicken|tippen|drucken|wahlen|offnen|gehen|scrollen|suchen|aktivieren|speichern|laden|installieren|bestatigen|wechseln)',
    '(klicken|tippen) (sie )?(dann |anschliessend |unten |oben )?(auf|in)',
    '(klick|tipp|druck|wahl|offne|speicher|lad|bestatige) (auf|den|die|das|unten|oben|dann)',
    '(geh|wechsel) (zu|in|auf)',
    // The du form of 'öffnen' takes any object ('öffne Einstellungen'); 'ich öffne' is the agent, not a step.
    '(?<!ich )offne',
  ],
  ru: [
    '(откроите|нажмите|выберите|переидите|заидите|воидите|введите|укажите|внесите|прокрутите|включите|выключите|сохраните|скачаите|установите|переустановите|перезапустите|обновите|кликните|перетащите|скопируите|вставьте|отметьте|подтвердите)',
    '(открои|нажми|выбери|переиди|заиди|воиди|введи|укажи|прокрути|включи|сохрани|скачаи|установи|обнови|подтверди)',
  ],
  ar: [
    '(افتحوا|اضغطوا|اختاروا|ادخلوا|انتقلوا|اذهبوا|اكتبوا|احفظوا|اجروا|فعلوا|حملوا|ثبتوا|سجلوا الدخول|انقروا|مرروا|اعيدوا تشغيل|حدثوا)',
    '(افتح|افتحي|اضغط|اضغطي|اختر|اختاري|ادخل|ادخلي|انتقل|انتقلي|اذهب|اذهبي|اكتب|اكتبي|احفظ|احفظي|انقر|انقري|فعل|فعلي|حمل|حملي|ثبت|ثبتي)',
    '(قم|قومي|قوموا) ب*',
  ],
  hu: [
    '(kattintson|kattints|koppintson|koppints|valassza|valaszd|gorgessen|gorgess|mentse|mentsd|keresse|keresd|menjen|menj|frissitse|frissitsd|telepitse|telepitsd|huzza|huzd)',
    '(nyissa|nyisd|nyomja|nyomd|vegezze|vegezd|inditsa|inditsd) (meg|el|ujra)',
    '(lepjen|lepj|jelentkezzen|jelentkezz) (be|ki)',
    '(irja|ird|adja|add|kapcsolja|kapcsold|toltse|toltsd) (be|meg|ki|le)',
  ],
};
